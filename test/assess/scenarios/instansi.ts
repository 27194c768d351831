/** The workspaces the scenarios are written for besides the default Kabupaten Sukamaju: a kota and a provinsi. */
import type { ConfigOverrides } from '../fixtures.ts';

type Instansi = NonNullable<ConfigOverrides['instansi']>;

export const KOTA: Instansi = { nama: 'Pemerintah Kota Tanjung Raya', jenis: 'kota', kota: 'Tanjung Raya', kop: ['PEMERINTAH KOTA TANJUNG RAYA'] };
export const PROV: Instansi = { nama: 'Pemerintah Provinsi Nusa Makmur', jenis: 'provinsi', kota: 'Kota Makmur', kop: ['PEMERINTAH PROVINSI NUSA MAKMUR'] };

export const KAB_KOP = 'PEMERINTAH KABUPATEN SUKAMAJU';
export const KOTA_KOP = 'PEMERINTAH KOTA TANJUNG RAYA';
export const PROV_KOP = 'PEMERINTAH PROVINSI NUSA MAKMUR';
