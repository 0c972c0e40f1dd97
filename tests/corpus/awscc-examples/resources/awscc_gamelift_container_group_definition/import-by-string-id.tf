import {
  to = awscc_gamelift_container_group_definition.example
  id = "name"
}