import {
  to = awscc_appstream_stack_fleet_association.example
  id = "id"
}