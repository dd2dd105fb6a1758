/**
 * The bare stack, for the bench to weigh the app against (issue 16): React 19, react-leaflet with
 * Leaflet, d3-scale and zustand, drawing a small Natural Earth map (the app's own base map file)
 * with one selection in a store. No features: what any app on this stack loads at least.
 * Built and served by scripts/bench/baseline.ts in the same run as the app.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GeoJSON, MapContainer } from 'react-leaflet';
import { scaleLinear } from 'd3-scale';
import { create } from 'zustand';
import type { FeatureCollection } from 'geojson';
import 'leaflet/dist/leaflet.css';

const useSelection = create<{ selected: string | null }>(() => ({ selected: null }));
const shade = scaleLinear<string>().domain([0, 1]).range(['#dde7f0', '#2a6f97']);

function BaseMap() {
  const [shapes, setShapes] = useState<FeatureCollection | null>(null);
  const selected = useSelection((s) => s.selected);
  useEffect(() => {
    void fetch('data/basemap.json')
      .then((response) => response.json() as Promise<FeatureCollection>)
      .then(setShapes);
  }, []);
  return (
    <MapContainer center={[45, 80]} zoom={3} style={{ height: '60vh' }}>
      {shapes && (
        <GeoJSON
          data={shapes}
          style={(feature) => ({ color: '#fff', weight: 1, fillOpacity: 1, fillColor: shade(String(feature?.id) === selected ? 1 : 0) })}
          eventHandlers={{ click: (event) => useSelection.setState({ selected: String(event.propagatedFrom?.feature?.id ?? '') }) }}
        />
      )}
    </MapContainer>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main style={{ fontFamily: 'system-ui, sans-serif', margin: '0 auto', maxWidth: 1200, padding: 16 }}>
      <h1>Bare stack</h1>
      <p>React, react-leaflet with Leaflet, d3-scale and zustand, with a Natural Earth base map and no features.</p>
      <BaseMap />
    </main>
  </StrictMode>,
);
