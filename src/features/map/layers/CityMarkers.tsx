import { Popup } from 'react-leaflet';
import type { CountryCode } from '../../../data/schema';
import { pickMessages, pickText, type Lang } from '../../../i18n/lang';
import { CityDetails } from '../CityDetails';
import type { MapModel } from '../cityInfo';
import { positionOf } from '../../../components/mapPicture/geometry';
import { useIsNarrow } from '../hooks/useIsNarrow';
import { usePopupLimits } from '../hooks/usePopupLimits';
import { mapMessages } from '../messages';
import { AccessibleMarker } from './AccessibleMarker';
import { PopupBody } from './PopupBody';

interface CityMarkersProps {
  lang: Lang;
  mapModel: MapModel;
  country: CountryCode | null;
  highlighted: ReadonlySet<string>;
  returnNote: string | null;
}

/** Every city of the dataset: a captioned marker with the city's details in its popup. */
export function CityMarkers({ lang, mapModel, country, highlighted, returnNote }: CityMarkersProps) {
  const t = pickMessages(mapMessages, lang);
  const narrow = useIsNarrow();
  const limits = usePopupLimits();
  return (
    <>
      {mapModel.cities.map((info) => {
        const { place } = info;
        const emphasised = info.days.length > 0;
        const name = pickText(place.name, lang);
        return (
          <AccessibleMarker
            key={place.id}
            place={place}
            position={positionOf(place)}
            label={name}
            caption={name}
            iconClass={`city-marker ${emphasised ? 'city-marker--stop' : 'city-marker--other'} ${place.id === mapModel.home.id ? ' city-marker--home' : ''}`}
            iconSize={emphasised ? 20 : 13}
            minTarget={narrow ? 44 : 24}
            state={{
              highlighted: highlighted.has(place.id),
              dimmed: country !== null && place.id !== mapModel.home.id && place.country !== country,
            }}
          >
            <Popup {...limits} closeButton={false}>
              <PopupBody closeLabel={t.close}>
                <CityDetails info={info} lang={lang} returnNote={place.id === mapModel.home.id ? returnNote : null} />
              </PopupBody>
            </Popup>
          </AccessibleMarker>
        );
      })}
    </>
  );
}
