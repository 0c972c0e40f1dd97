import {
  to = awscc_licensemanager_license_asset_rule_set.example
  id = "license_asset_ruleset_arn"
}