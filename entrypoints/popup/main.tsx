import { render } from 'preact';
import { App } from './App';
import '../../components/popup.css';

render(<App />, document.getElementById('app')!);
