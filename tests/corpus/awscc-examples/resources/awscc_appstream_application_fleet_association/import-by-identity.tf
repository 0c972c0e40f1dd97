import {
  to = awscc_appstream_application_fleet_association.example
  identity = {
    fleet_name      = "fleet_name"
    application_arn = "application_arn"
  }
}
