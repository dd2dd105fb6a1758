import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadLanguage } from '../i18n/languagePacks';
import { loadTripDataset, applySelection, useAppStore } from '../store/appStore';
import { initialSelectionFrom } from '../store/urlSync';
import { EmbedApp } from './EmbedApp';
import { parseEmbedParams } from '../store/embedUrl';
import '../app/app.css';

// The address chooses the view and the selection once: an embed does not rewrite its own URL
// (the host page owns the frame's address).
const { view, controls } = parseEmbedParams(window.location.search);
applySelection({ ...initialSelectionFrom(window.location.search, navigator.languages ?? [navigator.language]), slide: null });
void loadTripDataset();
// zh-Hans, ru: the language's pack downloads beside the dataset.
loadLanguage(useAppStore.getState().lang).catch(() => {});

const container = document.getElementById('root');
if (!container) throw new Error('embed.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <EmbedApp view={view} controls={controls} />
  </StrictMode>,
);
