import {
  to = awscc_connect_user_hierarchy_group.example
  id = "user_hierarchy_group_arn"
}