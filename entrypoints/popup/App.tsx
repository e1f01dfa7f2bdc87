/** The popup: asks the active tab for its article and shows whatever comes back. */
import { useEffect, useState } from 'preact/hooks';
import { PopupView, type PopupState } from '../../components/PopupView';
import { readActiveTab } from './read-active-tab';

export function App() {
  const [state, setState] = useState<PopupState>({ status: 'loading' });

  const read = (force: boolean) => {
    setState({ status: 'loading' });
    readActiveTab({ force }).then(setState);
  };

  useEffect(() => read(false), []);

  return <PopupView state={state} onTryAnyway={() => read(true)} />;
}
