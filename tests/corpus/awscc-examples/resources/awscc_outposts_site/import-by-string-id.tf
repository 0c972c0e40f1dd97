import {
  to = awscc_outposts_site.example
  id = "site_arn"
}