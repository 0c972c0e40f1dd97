import {
  to = awscc_licensemanager_grant.example
  identity = {
    grant_arn = "grant_arn"
  }
}
