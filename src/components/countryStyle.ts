/**
 * Colours from the data for CSS: an element that shows a country carries `data-country` and these
 * custom properties, and each view's CSS reads `var(--country)`, `var(--country-soft)`,
 * `var(--country-strong)`. Set through React's style prop (the CSSOM), which the CSP allows.
 */
import { useEffect, type CSSProperties } from 'react';
import { countryByCode, missionHome } from '../data/mission';

export function countryStyle(code: string | undefined | null): CSSProperties | undefined {
  if (!code) return undefined;
  const country = countryByCode(code);
  if (country) {
    const { main, soft, strong } = country.colours;
    return { '--country': main, '--country-soft': soft, '--country-strong': strong } as CSSProperties;
  }
  const home = missionHome();
  if (home && home.code === code) return { '--country': home.colour, '--country-soft': '#ffffff', '--country-strong': home.colour } as CSSProperties;
  return undefined;
}

/**
 * Home's colour for the whole app (`var(--home)`: the map's stops, home's own figures), set on the
 * root element through the CSSOM once the data is there. (A style attribute would be fine from
 * React on the client, but the prerendered first view is plain HTML, where the CSP forbids one.)
 */
export function useHomeColour(colour: string | undefined): void {
  useEffect(() => {
    if (!colour) return;
    const root = document.documentElement;
    root.style.setProperty('--home', colour);
    return () => {
      root.style.removeProperty('--home');
    };
  }, [colour]);
}
