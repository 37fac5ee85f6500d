import { computed } from 'vue';
import { createI18n } from 'vue-i18n';
import { zhCN } from './zh-CN';

export type Locale = 'zh-CN' | 'en';

const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem('certflow.locale');

// zh-CN is bundled; en is a chunk of its own, fetched by those who choose it: most visitors of the
// public page never need it, and every KB of the first load counts on a county's phone network.
export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en: {} as typeof zhCN },
});

export const locale = computed(() => i18n.global.locale.value as Locale);

let english: Promise<void> | undefined;

export async function setLocale(next: Locale): Promise<void> {
  if (next === 'en') {
    english ??= import('./en').then(({ en }) => i18n.global.setLocaleMessage('en', en));
    await english;
  }
  i18n.global.locale.value = next;
  localStorage.setItem('certflow.locale', next);
  document.documentElement.lang = next;
}

/** The language chosen on an earlier visit, loaded before the first render so that nothing shows in the other one first. */
export const localeReady: Promise<void> = saved === 'en' ? setLocale('en') : Promise.resolve();
