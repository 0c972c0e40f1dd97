import {
  to = awscc_aps_scraper.example
  identity = {
    arn = "arn"
  }
}
