import { createApp } from 'vue';
// Element Plus by component (button, alert), not whole: the console loads what it shows.
import 'element-plus/es/components/button/style/css';
import 'element-plus/es/components/alert/style/css';
import '../shared/base.css';
import ConsoleApp from './ConsoleApp.vue';
import { router } from './router';
import { i18n, localeReady } from '../i18n';

void localeReady.then(() => createApp(ConsoleApp).use(i18n).use(router).mount('#app'));
