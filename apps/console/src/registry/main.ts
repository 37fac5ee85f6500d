import { createApp } from 'vue';
// Only the parts the public page shows: it must load fast on a phone (Lighthouse target).
import 'element-plus/es/components/button/style/css';
import '../shared/base.css';
import './bar.css';
import RegistryApp from './RegistryApp.vue';
import { i18n, localeReady } from '../i18n';

document.documentElement.lang = i18n.global.locale.value;
void localeReady.then(() => createApp(RegistryApp).use(i18n).mount('#app'));
