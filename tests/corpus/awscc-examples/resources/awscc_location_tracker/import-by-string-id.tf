import {
  to = awscc_location_tracker.example
  id = "tracker_name"
}