import {
  to = awscc_deadline_queue_fleet_association.example
  id = "farm_id|fleet_id|queue_id"
}