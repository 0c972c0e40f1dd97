import {
  to = awscc_licensemanager_license.example
  identity = {
    license_arn = "license_arn"
  }
}
