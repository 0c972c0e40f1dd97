import {
  to = awscc_licensemanager_license.example
  id = "license_arn"
}