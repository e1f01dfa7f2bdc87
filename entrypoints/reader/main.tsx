import { render } from 'preact';
import { i18n } from '../../extension/i18n';
import { App } from './App';
import '../../components/popup.css';
import '../../components/reader/reader.css';

// The language of the strings the browser picked (en, de or es), as in the popup.
document.documentElement.lang = i18n.t('lang');

render(<App />, document.getElementById('app')!);
