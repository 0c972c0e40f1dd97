import {
  to = awscc_licensemanager_license_asset_rule_set.example
  identity = {
    license_asset_ruleset_arn = "license_asset_ruleset_arn"
  }
}
