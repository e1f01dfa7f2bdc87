import { render } from 'preact';
import { i18n } from '../../extension/i18n';
import { App } from './App';
import '../../components/options.css';

document.documentElement.lang = i18n.t('lang');
document.title = i18n.t('options.pageTitle');
render(<App />, document.getElementById('app')!);
