import {
  to = awscc_arczonalshift_zonal_autoshift_configuration.example
  id = "resource_identifier"
}