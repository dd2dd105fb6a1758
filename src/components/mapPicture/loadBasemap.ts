/**
 * The one loader of the base map (public/data/basemap.json), from the app's own origin, for every
 * map renderer: fetched once per page when a map is first shown or drawn, checked before use.
 */
import { isBasemap, type Basemap } from '../../data/basemap';

export const BASEMAP_URL = `${import.meta.env.BASE_URL}data/basemap.json`;

const requests = new Map<string, Promise<Basemap>>();

export function loadBasemap(url = BASEMAP_URL): Promise<Basemap> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`base map: ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((json) => {
        if (!isBasemap(json)) throw new Error("base map: not a country map");
        return json;
      });
    // A failed load is tried again next time.
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}
