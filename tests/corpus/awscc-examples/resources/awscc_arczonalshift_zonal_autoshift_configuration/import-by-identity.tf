import {
  to = awscc_arczonalshift_zonal_autoshift_configuration.example
  identity = {
    resource_identifier = "resource_identifier"
  }
}
