import {
  to = awscc_appstream_application_fleet_association.example
  id = "fleet_name|application_arn"
}