-- The serving layer's models: the tables analysts and the BI tool query.
-- The transformer login refreshes them each day from the lake's Iceberg
-- tables (external schema lake; see README.md). Plain SQL that Redshift and
-- PostgreSQL both take (no DISTKEY/SORTKEY), so the tests run it too.
CREATE TABLE marts.daily_song_plays (
	day         date          NOT NULL,
	song_id     varchar(64)   NOT NULL,
	title       varchar(512),
	artist_name varchar(512),
	plays       bigint        NOT NULL,
	likes       bigint        NOT NULL,
	revenue_usd decimal(12,2) NOT NULL,
	PRIMARY KEY (day, song_id)
);
COMMENT ON TABLE marts.daily_song_plays IS 'plays, likes and revenue per song and day';

CREATE TABLE marts.daily_user_activity (
	day         date         NOT NULL,
	user_id     varchar(64)  NOT NULL,
	country     char(2),
	sessions    integer      NOT NULL,
	plays       integer      NOT NULL,
	PRIMARY KEY (day, user_id)
);
COMMENT ON TABLE marts.daily_user_activity IS 'listening sessions and plays per user and day';
