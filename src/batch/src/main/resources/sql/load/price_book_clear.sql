-- Empties price_book before the detect step copies the price book in.
delete from price_book;
