import {
  to = awscc_aps_scraper.example
  id = "arn"
}