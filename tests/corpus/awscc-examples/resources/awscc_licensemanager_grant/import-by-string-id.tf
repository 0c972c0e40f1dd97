import {
  to = awscc_licensemanager_grant.example
  id = "grant_arn"
}