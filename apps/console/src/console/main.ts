import { createApp } from 'vue';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import '../shared/base.css';
import ConsoleApp from './ConsoleApp.vue';
import { router } from './router';
import { i18n } from '../i18n';

createApp(ConsoleApp).use(i18n).use(router).use(ElementPlus).mount('#app');
