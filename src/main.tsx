import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadTripDataset } from './store/appStore';
import { startUrlSync } from './store/urlSync';
import './app/app.css';

startUrlSync();
void loadTripDataset();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
