import { render } from 'preact';
import { i18n } from '../../extension/i18n';
import { App } from './App';
import '../../components/popup.css';

// The language of the strings the browser picked (en, de or es), not just the browser's own.
document.documentElement.lang = i18n.t('lang');
render(<App />, document.getElementById('app')!);
