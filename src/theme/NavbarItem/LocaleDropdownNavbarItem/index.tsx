// Locale switcher. The served site uses Docusaurus' own. In the offline
// build (hash router, opened from file://) each locale is a separate
// index.html (build-offline/index.html, build-offline/en/index.html) and
// the route lives after '#', so the links must name the other file:
//   es -> en: en/index.html#/en/docs/x     en -> es: ../index.html#/docs/x
import type { ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useLocation } from '@docusaurus/router';
import { translate } from '@docusaurus/Translate';
import DropdownNavbarItem from '@theme/NavbarItem/DropdownNavbarItem';
import IconLanguage from '@theme/Icon/Language';
import Original from '@theme-original/NavbarItem/LocaleDropdownNavbarItem';
import type { Props } from '@theme/NavbarItem/LocaleDropdownNavbarItem';

function segments(url: string): string[] {
  return url.split('/').filter(Boolean);
}

/** Path from the current locale's index.html to another locale's one. */
export function offlineLocaleHref(currentBase: string, targetBase: string, rootBase: string, pathname: string): string {
  const depth = segments(currentBase).length - segments(rootBase).length;
  const down = segments(targetBase).slice(segments(rootBase).length);
  const suffix = pathname.startsWith(currentBase) ? pathname.slice(currentBase.length) : pathname.replace(/^\//, '');
  return [...Array(depth).fill('..'), ...down, 'index.html'].join('/') + `#${targetBase}${suffix}`;
}

function OfflineLocaleDropdown({ mobile, dropdownItemsBefore, dropdownItemsAfter, queryString: _q, ...props }: Props): ReactNode {
  const {
    siteConfig,
    i18n: { currentLocale, locales, localeConfigs, defaultLocale },
  } = useDocusaurusContext();
  const { pathname } = useLocation();
  const baseOf = (locale: string) => (localeConfigs[locale] as { baseUrl?: string }).baseUrl ?? siteConfig.baseUrl;
  const items = locales.map((locale) => ({
    label: localeConfigs[locale]!.label,
    lang: localeConfigs[locale]!.htmlLang,
    to: `pathname://${offlineLocaleHref(baseOf(currentLocale), baseOf(locale), baseOf(defaultLocale), pathname)}`,
    target: '_self',
    autoAddBaseUrl: false,
    className: locale === currentLocale ? (mobile ? 'menu__link--active' : 'dropdown__link--active') : '',
  }));
  const label = mobile
    ? translate({ message: 'Languages', id: 'theme.navbar.mobileLanguageDropdown.label' })
    : localeConfigs[currentLocale]!.label;
  return (
    <DropdownNavbarItem
      {...props}
      mobile={mobile}
      label={
        <>
          <IconLanguage style={{ verticalAlign: 'text-bottom', marginRight: 5 }} />
          {label}
        </>
      }
      items={[...dropdownItemsBefore, ...items, ...dropdownItemsAfter]}
    />
  );
}

export default function LocaleDropdownNavbarItem(props: Props): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  if (siteConfig.future.experimental_router === 'hash') return <OfflineLocaleDropdown {...props} />;
  return <Original {...props} />;
}
