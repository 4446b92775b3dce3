import { OptionsPage } from '@/components/options/OptionsPage';

/** The options page: rules, sensitivity, sites, phrases, dismissed claims, export and import. */
export default function App() {
  return <OptionsPage />;
}
