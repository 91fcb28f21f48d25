<?php
/**
 * Plugin Name: Bookshop Reviews
 * Description: Shows reader reviews from the shop database on the blog, and lets editors approve them.
 * Version:     1.4.2
 * Text Domain: bookshop
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Bookshop_Reviews {

	/** @var wpdb Connection to the shop database (not the blog's). */
	private $shop;

	public function __construct() {
		$this->shop = new wpdb( BOOKSHOP_DB_USER, BOOKSHOP_DB_PASSWORD, BOOKSHOP_DB_NAME, BOOKSHOP_DB_HOST );
		add_action( 'admin_menu', array( $this, 'menu' ) );
		add_shortcode( 'bookshop_reviews', array( $this, 'shortcode' ) );
	}

	public function menu() {
		add_menu_page( __( 'Reviews', 'bookshop' ), __( 'Reviews', 'bookshop' ), 'edit_posts', 'bookshop-reviews', array( $this, 'admin_page' ) );
	}

	/**
	 * Latest approved reviews of a book, for the [bookshop_reviews book="…"] shortcode.
	 */
	public function latest_for_book( $book_id, $limit = 5 ) {
		return $this->shop->get_results(
			$this->shop->prepare(
				"SELECT r.id, r.rating, r.title, r.body, c.first_name, r.created_at
				 FROM reviews r
				 JOIN customers c ON c.id = r.customer_id
				 WHERE r.book_id = %d AND r.is_approved = 1
				 ORDER BY r.created_at DESC
				 LIMIT %d",
				$book_id,
				$limit
			)
		);
	}

	public function average_rating( $book_id ) {
		return $this->shop->get_var(
			$this->shop->prepare( 'SELECT ROUND(AVG(rating), 1) FROM reviews WHERE book_id = %d AND is_approved = 1', $book_id )
		);
	}

	public function approve( $review_id ) {
		$updated = $this->shop->update( 'reviews', array( 'is_approved' => 1 ), array( 'id' => (int) $review_id ) );
		if ( false === $updated ) {
			error_log( 'bookshop: update reviews set is_approved failed for #' . (int) $review_id );
		}
		update_option( 'bookshop_last_moderation', time() );
	}

	public function find_by_title( $title ) {
		$like = '%' . $this->shop->esc_like( $title ) . '%';
		return $this->shop->get_results(
			$this->shop->prepare( "SELECT id, title FROM books WHERE title LIKE %s AND is_active = 1 LIMIT 20", $like )
		);
	}

	public function pending( $paged ) {
		$per_page = 20;
		$offset   = ( max( 1, (int) $paged ) - 1 ) * $per_page;
		$sql      = $this->shop->prepare(
			"SELECT r.id, r.rating, r.title, b.title AS book, IF(r.helpful_votes > 10, 'popular', 'normal') AS badge
			 FROM reviews r JOIN books b ON b.id = r.book_id
			 WHERE r.is_approved = 0
			 ORDER BY r.id
			 LIMIT %d, %d",
			$offset,
			$per_page
		);
		return $this->shop->get_results( $sql );
	}

	public function vote_helpful( $review_id ) {
		$this->shop->query( $this->shop->prepare( 'UPDATE reviews SET helpful_votes = helpful_votes + 1 WHERE id = %d', $review_id ) );
	}

	/**
	 * Posts on the blog that mention a book by ISBN in their content.
	 */
	public function posts_mentioning( $isbn ) {
		global $wpdb;
		return $wpdb->get_col(
			$wpdb->prepare(
				"SELECT ID FROM {$wpdb->posts} WHERE post_status = 'publish' AND post_content REGEXP %s",
				'isbn[^0-9]{0,3}' . preg_quote( $isbn )
			)
		);
	}

	public function clear_cache() {
		global $wpdb;
		// my2pg: ignore[S001]
		$wpdb->query( "DELETE FROM $wpdb->options WHERE option_name LIKE '\_transient\_bookshop\_%'" );
	}

	public function top_reviewers() {
		return $this->shop->get_results(
			"SELECT c.id, c.email, COUNT(*) AS reviews, GROUP_CONCAT(DISTINCT b.title ORDER BY b.title SEPARATOR ', ') AS books
			 FROM reviews r
			 JOIN customers c ON c.id = r.customer_id
			 JOIN books b ON b.id = r.book_id
			 GROUP BY r.customer_id
			 ORDER BY reviews DESC
			 LIMIT 10"
		);
	}

	public function admin_page() {
		$reviews = $this->pending( isset( $_GET['paged'] ) ? $_GET['paged'] : 1 );
		?>
		<div class="wrap">
			<h1><?php esc_html_e( 'Select reviews to approve', 'bookshop' ); ?></h1>
			<form method="post">
				<select name="bulk_action">
					<option value=""><?php esc_html_e( 'Bulk actions', 'bookshop' ); ?></option>
					<option value="approve"><?php esc_html_e( 'Approve', 'bookshop' ); ?></option>
					<option value="delete"><?php esc_html_e( 'Delete from list', 'bookshop' ); ?></option>
				</select>
				<?php foreach ( $reviews as $review ) : ?>
					<p><?php echo esc_html( $review->title ); ?></p>
				<?php endforeach; ?>
			</form>
		</div>
		<?php
	}

	public function shortcode( $atts ) {
		$atts = shortcode_atts( array( 'book' => 0 ), $atts );
		$out  = '';
		foreach ( $this->latest_for_book( (int) $atts['book'] ) as $review ) {
			$out .= '<blockquote>' . esc_html( $review->body ) . '</blockquote>';
		}
		return $out ?: '<p>' . esc_html__( 'No reviews yet. Update your reading list and be the first!', 'bookshop' ) . '</p>';
	}
}

new Bookshop_Reviews();
