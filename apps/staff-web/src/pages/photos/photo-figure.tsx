import { useStrings } from '../../i18n/i18n.ts';
import { strings } from './photo-strings.ts';
import { usePhotoUrl } from './use-photo-url.ts';
import './photos.css';

/** A person's photo from the API with its caption; says so when there is none. */
export function PhotoFigure(props: {
  path: string | null;
  caption: string;
  name: string;
  testId: string;
}) {
  const t = useStrings(strings);
  const { url, missing } = usePhotoUrl(props.path);
  return (
    <figure className="photo" data-testid={props.testId}>
      {url ? (
        <img src={url} alt={t('photoAlt', { name: props.name })} width={200} />
      ) : (
        <p className="hint">{missing ? t('none') : t('loading')}</p>
      )}
      <figcaption>{props.caption}</figcaption>
    </figure>
  );
}
