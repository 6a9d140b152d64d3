import { describe, expect, it } from 'vitest';
import {
  acceptAnnouncedHost,
  hostFor,
  KNOWN_REGIONS,
  normalizeRegion,
} from '../../../main/core/llu/regions';

describe('hostFor', () => {
  it('maps the global entry host and every libreview.io region', () => {
    expect(hostFor('global')).toBe('https://api.libreview.io');
    for (const r of ['ae', 'ap', 'au', 'ca', 'de', 'eu', 'eu2', 'fr', 'jp', 'la', 'us']) {
      expect(hostFor(r)).toBe(`https://api-${r}.libreview.io`);
    }
  });

  it('maps ru and cn to their own domains', () => {
    expect(hostFor('ru')).toBe('https://api.libreview.ru');
    expect(hostFor('cn')).toBe('https://api-cn.myfreestyle.cn');
  });

  it('returns null for a region without a built-in host', () => {
    expect(hostFor('xx')).toBeNull();
    expect(KNOWN_REGIONS).toHaveLength(14);
  });

  it('substitutes {region} in an override, global included', () => {
    const override = 'http://127.0.0.1:4000/{region}/';
    expect(hostFor('eu2', override)).toBe('http://127.0.0.1:4000/eu2');
    expect(hostFor('global', override)).toBe('http://127.0.0.1:4000/global');
    expect(hostFor('xx', override)).toBeNull();
  });

  it('maps every region to an override without {region}', () => {
    expect(hostFor('eu', 'http://127.0.0.1:4000/')).toBe('http://127.0.0.1:4000');
    expect(hostFor('xx', 'http://127.0.0.1:4000')).toBe('http://127.0.0.1:4000');
  });
});

describe('normalizeRegion', () => {
  it('lowercases keys and rejects anything that could change a URL', () => {
    expect(normalizeRegion(' EU2 ')).toBe('eu2');
    expect(normalizeRegion('../evil')).toBeNull();
    expect(normalizeRegion('a.b')).toBeNull();
    expect(normalizeRegion('')).toBeNull();
  });
});

describe('acceptAnnouncedHost', () => {
  it('accepts https hosts on LibreView domains', () => {
    expect(acceptAnnouncedHost('https://api-xx.libreview.io/', 'xx')).toBe(
      'https://api-xx.libreview.io',
    );
    expect(acceptAnnouncedHost('https://api-xx.libreview.ru', 'xx')).toBe(
      'https://api-xx.libreview.ru',
    );
    expect(acceptAnnouncedHost('https://api-xx.myfreestyle.cn/', 'xx')).toBe(
      'https://api-xx.myfreestyle.cn',
    );
  });

  it('rejects other schemes, domains, look-alikes, credentials and paths', () => {
    for (const bad of [
      'http://api-xx.libreview.io/',
      'https://evil.example/',
      'https://libreview.io.evil.example/',
      'https://evillibreview.io/',
      'https://user:pw@api-xx.libreview.io/',
      'https://api-xx.libreview.io/x/',
      'https://api-xx.libreview.io:8443/',
      'not a url',
    ]) {
      expect(acceptAnnouncedHost(bad, 'xx'), bad).toBeNull();
    }
  });

  it('with an override: its own origin as announced, a LibreView host through the template', () => {
    const override = 'http://127.0.0.1:4000/{region}';
    expect(acceptAnnouncedHost('http://127.0.0.1:4000/xx/', 'xx', override)).toBe(
      'http://127.0.0.1:4000/xx',
    );
    // Behind a proxy the map names LibreView's hosts: the region key goes into the template.
    expect(acceptAnnouncedHost('https://api-xx.libreview.io/', 'xx', override)).toBe(
      'http://127.0.0.1:4000/xx',
    );
    expect(acceptAnnouncedHost('https://api-xx.evil.example/', 'xx', override)).toBeNull();
    expect(acceptAnnouncedHost('http://127.0.0.1:4001/xx', 'xx', override)).toBeNull();
    // An override without {region} already serves every region itself.
    expect(acceptAnnouncedHost('https://api-xx.libreview.io/', 'xx', 'http://p:1/')).toBeNull();
  });
});
