import { computed } from 'vue';
import { createI18n } from 'vue-i18n';
import { en } from './en';
import { zhCN } from './zh-CN';

const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem('certflow.locale');

export const i18n = createI18n({
  legacy: false,
  locale: saved === 'en' ? 'en' : 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
});

export const locale = computed(() => i18n.global.locale.value as 'zh-CN' | 'en');

export function setLocale(next: 'zh-CN' | 'en'): void {
  i18n.global.locale.value = next;
  localStorage.setItem('certflow.locale', next);
  document.documentElement.lang = next;
}
