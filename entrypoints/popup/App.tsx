import { Popup } from '@/components/popup/Popup';
import { usePopup } from '@/components/popup/usePopup';

/** Props of the popup page. */
export interface AppProps {
  /** The page's query string; `?tab=ID` shows that tab instead of the active one. */
  search?: string;
}

/** The toolbar popup (also `popup.html?tab=ID`): the summary of one tab. */
export default function App({ search = location.search }: AppProps) {
  return <Popup model={usePopup(search)} />;
}
