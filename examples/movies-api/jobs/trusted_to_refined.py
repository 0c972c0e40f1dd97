"""trusted -> refined: movie_ratings, per movie, for the run's day.

For --run_date (YYYY-MM-DD, or "yesterday"): every rating received up to
that day (the latest per user and movie), the movies as last exported, and
the movie's popularity in that day's pull of the API (joined through the
API id of links.csv), written as the ingest_date partition of the refined
movie_ratings table of catalog.yaml. A rerun replaces the day.
"""
import sys
from datetime import date, timedelta

from awsglue.utils import getResolvedOptions
from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F

args = getResolvedOptions(sys.argv, ["trusted_bucket", "refined_bucket", "run_date"])
run_date = (date.today() - timedelta(days=1) if args["run_date"] == "yesterday"
            else date.fromisoformat(args["run_date"]))

spark = (SparkSession.builder.appName("movies-trusted-to-refined")
         .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
         .getOrCreate())


def trusted(table):
    return (spark.read.parquet(f"s3://{args['trusted_bucket']}/{table}/")
            .where(F.col("ingest_date") <= F.lit(run_date)))


latest_rating = Window.partitionBy("user_id", "movie_id").orderBy(F.col("rated_at").desc())
ratings = (trusted("ratings")
           .withColumn("n", F.row_number().over(latest_rating)).where("n = 1")
           .groupBy("movie_id")
           .agg(F.count("*").alias("ratings_count"),
                F.round(F.avg("rating"), 3).alias("average_rating")))

latest_movie = Window.partitionBy("movie_id").orderBy(F.col("ingest_date").desc())
movies = (trusted("movies")
          .withColumn("n", F.row_number().over(latest_movie)).where("n = 1")
          .select("movie_id", "title", "tmdb_id"))

popularity = (trusted("api_movies").where(F.col("ingest_date") == F.lit(run_date))
              .select(F.col("movie_id").alias("tmdb_id"), "popularity"))

movie_ratings = (movies.join(ratings, "movie_id")
                 .join(popularity, "tmdb_id", "left")
                 .select("movie_id", "title", "ratings_count", "average_rating", "popularity")
                 .withColumn("ingest_date", F.lit(run_date)))

(movie_ratings.write.mode("overwrite").partitionBy("ingest_date")
 .parquet(f"s3://{args['refined_bucket']}/movie_ratings/"))
