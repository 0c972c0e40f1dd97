import {
  to = awscc_outposts_site.example
  identity = {
    site_arn = "site_arn"
  }
}
