import { render } from 'preact';
import { App } from './App';
import '../../components/popup.css';
import '../../components/reader/reader.css';

render(<App />, document.getElementById('app')!);
