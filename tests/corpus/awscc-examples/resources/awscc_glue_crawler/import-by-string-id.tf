import {
  to = awscc_glue_crawler.example
  id = "name"
}