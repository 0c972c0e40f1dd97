import {
  to = awscc_connect_user_hierarchy_structure.example
  id = "user_hierarchy_structure_arn"
}