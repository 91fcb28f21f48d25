const a = t('DELETE FROM cart WHERE id = 1');
const b = i18n.t('DELETE FROM cart WHERE id = 1');
const c = this.$t('UPDATE cart SET total = 0');
const d = $t('SELECT id FROM cart');
const e = intl.formatMessage('DELETE FROM cart WHERE id = 1');
const f = 'Delete from cart';
// SQL by shape stays.
const q = 'DELETE FROM cart WHERE id = 1';
