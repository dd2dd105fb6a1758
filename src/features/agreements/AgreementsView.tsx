import { formatInteger } from '../../i18n/format';
import { useAppStore, useTripModel } from '../../store/appStore';

/** Placeholder until the agreements issue lands: the counts by country and level. */
export default function AgreementsView() {
  const model = useTripModel();
  const lang = useAppStore((s) => s.lang);
  const country = useAppStore((s) => s.country);
  const rows = model.dataset.derived.agreementTotals.byCountry.filter((c) => !country || c.country === country);
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{lang === 'en' ? 'Country' : '國家'}</th>
          <th scope="col">{lang === 'en' ? 'Government' : '政府層面'}</th>
          <th scope="col">{lang === 'en' ? 'Non-government' : '非政府層面'}</th>
          <th scope="col">{lang === 'en' ? 'Total' : '合計'}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.country}>
            <th scope="row">{r.country}</th>
            <td>{formatInteger(r.government, lang)}</td>
            <td>{formatInteger(r.nonGovernment, lang)}</td>
            <td>{formatInteger(r.total, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
