"""The composer's wording: several phrasings of every fixed part of a message.

Kept apart from the code so the voice can be edited without touching the logic. Each list holds
variants that say the same thing; the composer picks one per recipient, so notes to different
interviewers never read as a form letter (RULEBOOK `duplicate-across-interviewers`). Fields in
braces come from the notes: {role} is "the Data Analyst role", {company} the company's name,
{when} "today", "yesterday" or "on Friday", {d} one detail discussed, {date} a decision date.

None of these sentences may trip a rule: tests compose every kind with every variant and check
them (tests/test_drafting_composer.py).
"""

from __future__ import annotations

SIGNOFFS = [
    "Best regards,",
    "Kind regards,",
    "With thanks,",
    "Sincerely,",
    "Warm regards,",
    "All the best,",
]

SUBJECTS = {
    "thank_you": [
        "Thank you for {when_subject} {role_title} interview",
        "Thank you: {role_title} interview at {company}",
        "Thanks for your time on the {role_title} interview",
        "Following up on {when_subject} {role_title} interview",
    ],
    "check_in": [
        "Checking in on the {role_title} position",
        "Following up on the {role_title} role",
        "{role_title} role: following up",
    ],
    "final_follow_up": [
        "Following up on the {role_title} role",
        "A final note on the {role_title} position",
    ],
    "materials": ["{materials_title} for the {role_title} role", "As promised: {materials}"],
    "rejection_reply": ["Thank you for letting me know", "Re: the {role_title} position"],
}

THANKS = {
    "thank_you": [
        "Thank you for taking the time to meet with me {when} about {role}.",
        "Thank you for speaking with me {when} about {role} at {company}.",
        "I appreciated the chance to talk with you {when} about {role}.",
        "Many thanks for meeting with me {when} to discuss {role} at {company}.",
    ],
    "handwritten_note": [
        "Thank you for meeting with me {when} about {role}.",
        "Thank you for your time {when} and for telling me about {role}.",
        "I am grateful for our conversation {when} about {role}.",
    ],
    "linkedin_note": [
        "Thank you for our conversation about {role}.",
        "Thanks again for talking with me about {role}.",
        "Thank you for your time on the interview for {role}.",
    ],
}
THANKS_SHORT = "Thank you for your time."

DETAIL = {
    "thank_you": [
        "I especially enjoyed our conversation about {d}.",
        "I enjoyed hearing about {d}, and it made the role even more appealing.",
        "Our discussion of {d} was a highlight of the interview for me.",
        "Learning about {d} gave me a clear picture of the work, and I would be glad "
        "to help with it.",
    ],
    "check_in": [
        "I have been thinking about our conversation about {d}.",
        "Our discussion of {d} has stayed with me since we met.",
        "I keep coming back to what we discussed about {d}.",
    ],
    # about the conversation, never about the decision: no link between the two is invented
    "rejection_reply": [
        "I especially enjoyed our conversation about {d}.",
        "I enjoyed talking about {d} and meeting the team.",
    ],
    "linkedin_note": [
        "I enjoyed learning about {d}.",
        "Hearing about {d} was a highlight.",
        "I appreciated hearing about {d}.",
    ],
}
NO_DETAIL = {
    "thank_you": [
        "I enjoyed learning more about the work of the team.",
        "It was good to hear how the team works day to day.",
        "I valued hearing your view of the work ahead.",
    ],
    "rejection_reply": ["I enjoyed meeting the team and learning about the work at {company}."],
}

INTEREST = {
    "thank_you": [
        "I remain very interested in {role} and in contributing to {company}.",
        "I am excited about the chance to join the team at {company}.",
        "I am very interested in {role}, and I would love to contribute to the work ahead.",
        "I am enthusiastic about {role} and the work ahead at {company}.",
    ],
    "check_in": [
        "I remain very interested in {role} at {company}.",
        "I am still very excited about the chance to join the team at {company}.",
        "I continue to be very interested in {role}.",
    ],
    "final_follow_up": [
        "I remain very interested in {role} and would welcome the chance to "
        "contribute at {company}.",
        "I am still very interested in joining the team at {company}.",
    ],
}

TIMELINE = {
    "decision": "I understand you hope to reach a decision by {date}.",
    "ask": "Could you share your timeline for a decision?",
}

CLOSINGS = {
    "thank_you": [
        "I look forward to hearing from you.",
        "Please let me know if I can share anything else that would help.",
        "Thank you again for your time and insight.",
        "I look forward to hearing about the next steps.",
    ],
    "handwritten_note": [
        "I hope to hear from you soon.",
        "With many thanks for your time.",
        "Thank you again for a warm welcome.",
    ],
    "linkedin_note": [
        "I would be glad to stay in touch.",
        "I would like to stay connected.",
        "I hope we can stay in touch.",
    ],
}

CHECK_IN_OPENING = {
    "decision": "You mentioned hoping to decide by {date}, so I wanted to check in on {role}.",
    "contact_on": "You kindly invited me to get in touch on {date}, so I wanted to check in "
    "on {role}.",
    "plain": "I wanted to check in on {role} since our interview on {interview_date}.",
}
CHECK_IN_ASK = [
    "Could you share an update on the timeline when you have a moment?",
    "Could you let me know where things stand when you have a moment?",
    "I would be grateful for any update on the timeline.",
]
CHECK_IN_CLOSE = [
    "Thank you for your time.",
    "Thank you for your consideration.",
    "Many thanks for your time.",
]

FINAL_OPENING = [
    "I wanted to follow up one last time on {role} at {company}.",
    "I am writing one final time about {role} at {company}.",
]
FINAL_FUTURE = (
    "If the position has been filled, I would be grateful to be considered for future openings."
)
FINAL_CLOSE = [
    "Thank you again for your time and consideration.",
    "Thank you again, and I wish you and the team every success.",
]

MATERIALS_OPENING = [
    "As promised, I have attached {materials}.",
    "Thank you again for our conversation; as promised, I have attached {materials}.",
]
MATERIALS_NOTE = [
    "I hope they are helpful as you consider my application.",
    "I hope they give a useful picture of my work.",
]
MATERIALS_NOTE_ONE = [
    "I hope it is helpful as you consider my application.",
    "I hope it gives a useful picture of my work.",
]
#: after the promised time: the rule's change (timing-materials-late) is a brief apology
MATERIALS_LATE = "I am sorry for the delay in sending {materials_them}."
MATERIALS_CLOSE = [
    "Please let me know if you need anything else.",
    "I would be happy to send anything else you need.",
]
NO_MATERIALS = "the materials you asked for"

REJECTION_OPENING = [
    "Thank you for letting me know about your decision on {role}.",
    "Thank you for taking the time to let me know your decision about {role}.",
]
REJECTION_FUTURE = [
    "I would be glad to be considered for future openings at {company}, and I "
    "hope we can stay in touch.",
    "Please keep me in mind for future openings at {company}; I would be glad to stay in touch.",
]
REJECTION_CLOSE = ["I wish you and the team every success.", "Best wishes to you and the team."]

HANDWRITTEN_SIGNOFFS = ["With gratitude,", "Warm regards,", "Sincerely,"]
