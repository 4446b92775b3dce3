import '@/assets/ui.css';
import './popup.css';
import { mountApp } from '@/components/mount';
import App from './App';

mountApp(App);
