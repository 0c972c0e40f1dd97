import {
  to = awscc_glue_crawler.example
  identity = {
    name = "name"
  }
}
