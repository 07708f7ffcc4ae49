"""Organization names that stop where the name stops (issue 15, class "names run on / cut short"):
a comparison word, a count after "và", a second country, a person after "Trung ương", a sentence
glued on without its full stop; and long lower-case names that end cleanly. Sentences written for
these tests; the people in them are fictional."""

from __future__ import annotations

from tests.fixtures_officials import officials


def _orgs(text: str) -> set[str]:
    return {o.written for o in officials(text).organizations}


def test_a_comparison_after_a_museum_s_name_is_not_part_of_it():
    assert _orgs("Đoàn đi thăm Bảo tàng Hải Phòng như hồ sen, vườn cây.") == {"Bảo tàng Hải Phòng"}


def test_a_count_after_va_ends_the_name():
    assert _orgs("Vốn vay của Ngân hàng Phát triển châu Á và khoảng 10% vốn đối ứng.") == {
        "Ngân hàng Phát triển châu Á"}


def test_a_second_country_after_va_is_not_part_of_the_first_party_s_name():
    assert _orgs("Kỷ niệm ngày thành lập Đảng Cộng sản Trung Quốc và Việt Nam bước vào giai đoạn mới.") == {
        "Đảng Cộng sản Trung Quốc"}


def test_a_person_after_trung_uong_is_not_part_of_the_body():
    found = _orgs("Phó trưởng Ban Tuyên giáo Trung ương Minh Khang đã có công văn.")
    assert "Ban Tuyên giáo Trung ương" in found and not any("Khang" in o for o in found)
    assert _orgs("Ông Trần Văn Bình làm việc với Ban Chấp hành Trung ương Đoàn.") >= {
        "Ban Chấp hành Trung ương Đoàn"}


def test_a_sentence_glued_on_without_its_full_stop_ends_the_name():
    assert _orgs("Ảnh: Cổng thông tin Đảng Cộng sản Sáng cùng ngày, đoàn đến tỉnh.") == {"Đảng Cộng sản"}
    assert _orgs("Phụ huynh tặng quà Trường Tiểu học Phan Bội Châu Đối với phản ánh này, nhà trường trả lời.") \
        == {"Trường Tiểu học Phan Bội Châu"}


def test_a_company_name_runs_through_its_lower_case_words_to_its_place():
    found = _orgs("Tỉnh gom Công ty TNHH một thành viên xuất bản tổng hợp Bình Định vào Công ty Xổ số "
                  "kiến thiết và dịch vụ tổng hợp Bình Định ngoài chức năng kinh doanh.")
    assert found == {"Công ty TNHH một thành viên xuất bản tổng hợp Bình Định",
                     "Công ty Xổ số kiến thiết và dịch vụ tổng hợp Bình Định"}


def test_words_like_toan_bo_and_truoc_end_a_name():
    assert _orgs("Tập đoàn An Thịnh và toàn bộ ban lãnh đạo tập đoàn phải giải trình.") == {"Tập đoàn An Thịnh"}
    assert _orgs("Trường Tiểu học Phan Bội Châu bức xúc trước việc giáo viên vắng.") == {
        "Trường Tiểu học Phan Bội Châu"}


def test_a_name_s_last_words_in_lower_case_before_the_verb_or_the_person_who_heads_it():
    assert _orgs("Vụ trưởng Vụ Giáo dục phổ thông Lê Văn Tám khẳng định.") == {"Vụ Giáo dục phổ thông"}
    assert _orgs("Ngày 20/5, Hội đồng Quốc gia giáo dục đã thảo luận.") == {"Hội đồng Quốc gia giáo dục"}
    assert _orgs("Ban Quản lý chợ chưa thực sự phục vụ bà con.") == {"Ban Quản lý chợ"}
    assert _orgs("Công ty Dịch vụ thiết bị vật tư Hải Hà mở rộng kinh doanh.") != {"Công ty Dịch vụ thiết"}
    assert _orgs("Hội đồng Lý luận Trung ương mong muốn các nhà khoa học đóng góp.") == {
        "Hội đồng Lý luận Trung ương"}


def test_a_meeting_hall_is_a_place_not_a_body():
    assert _orgs("Kỳ họp khai mạc tại Hội trường Ba Đình.") == set()


def test_a_negation_ends_the_name_but_hang_khong_is_inside_it():
    assert _orgs("Công ty TNHH Đầu tư và Thương mại Hải Hà không báo cáo chủ sở hữu.") == {
        "Công ty TNHH Đầu tư và Thương mại Hải Hà"}
    assert _orgs("Cục Hàng không Việt Nam cấp phép bay.") == {"Cục Hàng không Việt Nam"}


def test_a_committee_s_name_goes_on_with_ve_and_its_subject():
    assert _orgs("Phó Thủ tướng Trần Văn Bình, Trưởng ban chỉ đạo Nhà nước về du lịch cùng lãnh đạo ba tỉnh dự.") \
        == {"ban chỉ đạo Nhà nước về du lịch"}
    assert _orgs("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp phiên thứ 20.") == {
        "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"}
    assert _orgs("Ban Chỉ đạo Trung ương về phòng chống tham nhũng năm 2017 đã họp.") == {
        "Ban Chỉ đạo Trung ương về phòng chống tham nhũng"}


def test_ve_a_reference_is_not_a_subject():
    assert not any("vấn đề" in o for o in _orgs("Ủy ban Quốc gia trao đổi về vấn đề này."))


def test_a_lower_case_name_up_to_the_predicate():
    assert _orgs("Nhiều người lo Ban chỉ đạo chống tham nhũng cũng giống các ban khác.") == {
        "Ban chỉ đạo chống tham nhũng"}


def test_common_verbs_after_a_committee_end_its_name():
    assert _orgs("Ban Dân nguyện tập hợp ý kiến cử tri.") == {"Ban Dân nguyện"}


def test_a_syllable_of_a_stop_phrase_alone_goes_on_with_the_name():
    # "đồng chí", "nhiệm kỳ", "giữ chức" end a name as phrases; "chí", "đồng" alone are syllables of it
    assert _orgs("Sinh viên Học viện Báo chí và Tuyên truyền thăm Báo Nhi đồng hôm qua.") == {
        "Học viện Báo chí và Tuyên truyền", "Báo Nhi đồng"}
    # the Party named alone, not a party named "Đồng chí ..."
    assert _orgs("Lễ kỷ niệm ngày thành lập Đảng Đồng chí Lê Văn An phát biểu.") == {"Đảng"}


def test_a_head_refused_for_want_of_a_name_is_not_split_into_a_shorter_head_and_a_name():
    # the examination council is a body of its own (organizations.tsv), never "Hội" + "đồng thi"
    assert _orgs("Hội đồng thi đã họp.") == {"Hội đồng thi"}


def test_a_verb_after_the_second_syllable_of_a_word_ends_the_name():
    assert _orgs("Báo Đại biểu Nhân dân đưa tin về vụ việc.") == {"Báo Đại biểu Nhân dân"}
    assert _orgs("Ông làm việc ở Vụ Tổ chức Cán bộ giao cho ông nhiệm vụ mới.") == {"Vụ Tổ chức Cán bộ"}


def test_a_steering_committee_s_short_lower_case_name_ends_at_the_comma():
    found = _orgs("Ông Lê Văn Tám, Phó trưởng ban thường trực Ban chỉ đạo thi, Chủ tịch Hội đồng thi, phát biểu.")
    assert "Ban chỉ đạo thi" in found and "Ban chỉ đạo" not in found
    assert "Ban chỉ đạo chống buôn lậu" in _orgs("Kết quả của Ban chỉ đạo chống buôn lậu.")
    # only steering committees (organizations.tsv flag lowerend): "Tập đoàn điều động" is no name
    assert not any(o.startswith("Tập đoàn") for o in _orgs("Tập đoàn điều động, luân chuyển cán bộ."))


def test_no_place_stands_for_a_body_where_none_is_named():
    # "địa phương" (a locality) and "khối Trung ương" (the central bloc) after a role name no place
    assert _orgs("Chuyện các cán bộ địa phương thi nhau xà xẻo đất công.") == set()
    assert _orgs("Có 205 đại biểu khối Trung ương được giới thiệu.") == set()
    assert _orgs("Ông Lê Văn Tám, Bí thư quận Liên Chiểu, phát biểu.") == {"quận Liên Chiểu"}


def test_a_dash_between_two_fields_of_one_name():
    assert "Trường Cao đẳng Kinh tế - kỹ thuật Quảng Nam" in _orgs(
        "Các trường sẽ được sáp nhập vào Trường Cao đẳng Kinh tế - kỹ thuật Quảng Nam và đổi tên.")
    assert "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên TP Huế" in _orgs(
        "Do Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên TP Huế (liên kết với trường) đảm nhiệm.")
    # a title or a person after the dash is an apposition, not the name's second field
    assert "Cục Chống tham nhũng" in _orgs("Ông Lê Văn Tám, Cục Chống tham nhũng – Phó Trưởng ban, cho biết.")
    assert "Sở Giao thông vận tải" in _orgs(
        "Ông Lê Văn Tám, Giám đốc Sở Giao thông vận tải - Bí thư Đảng ủy, phát biểu.")
    assert "Sở Y tế" in _orgs("Làm việc với Sở Y tế - nơi ông công tác.")


def test_three_or_four_lower_case_words_end_a_name_before_the_person_who_heads_it():
    assert _orgs("Vụ trưởng Vụ Các tổ chức quốc tế Phạm Bình Minh (47 tuổi) ứng cử.") == {"Vụ Các tổ chức quốc tế"}


def test_a_capitalised_syllable_s_word_goes_on_in_lower_case_to_the_name_s_end():
    assert "Công ty Xổ số Kiến thiết và Dịch vụ tổng hợp" in _orgs(
        "Tỉnh gom nhà xuất bản vào Công ty Xổ số Kiến thiết và Dịch vụ tổng hợp. Như vậy thương hiệu chấm hết.")
    assert "Ban Chỉ đạo Kỳ thi Trung học phổ thông Quốc gia" in _orgs(
        "Ông Lê Văn Tám, Trưởng Ban Chỉ đạo Kỳ thi Trung học phổ thông Quốc gia (THPTQG) năm 2017 phát biểu.")
    # after a name of two capitals ("Núi Pháo") lower-case words are the sentence's verb
    text = ("Công ty Khai thác và Chế biến khoáng sản Núi Pháo là đơn vị lớn. "
            "Công ty Khai thác và Chế biến khoáng sản Núi Pháo cung cấp, cho biết thêm.")
    assert not any("cung cấp" in o for o in _orgs(text))


def test_a_body_of_many_countries_localities_or_ministries_is_a_kind_of_body():
    assert _orgs("Hiện nay, Quốc hội các nước đang phát huy vai trò.") == set()
    assert _orgs("Chính phủ chỉ đạo UBND các địa phương rà soát.") == {"Chính phủ"}
    assert _orgs("Ban cán sự đảng Chính phủ, ban cán sự đảng các bộ, cơ quan ngang bộ.") == {
        "Ban cán sự đảng Chính phủ", "Chính phủ"}


def test_committees_of_two_kinds_listed_without_a_place_are_kinds_of_committee():
    assert _orgs("Một số vị trí lãnh đạo (Phó bí thư Tỉnh uỷ, Thành uỷ; Chủ tịch HĐND) được giữ.") == {"HĐND"}
    assert _orgs("Quy chế làm việc của thường trực Tỉnh uỷ, Thành uỷ được ban hành.") == set()
    # a committee with its place is one committee
    assert _orgs("Tỉnh ủy và Thành ủy Hà Nội họp.") == {"Tỉnh ủy", "Thành ủy Hà Nội"}


def test_what_follows_va_may_be_another_noun_phrase():
    assert _orgs("Tập đoàn FLC và lãnh đạo tập đoàn đã giải trình.") == {"Tập đoàn FLC"}
    assert _orgs("Hội Luật gia Việt Nam và nhiều tập thể được khen thưởng.") == {"Hội Luật gia Việt Nam"}
    assert _orgs("Đảng Cộng sản Trung Quốc và nhân dân Trung Quốc ủng hộ.") == {"Đảng Cộng sản Trung Quốc"}
    assert "Trung tâm Chính trị" in _orgs("Ông Lê Văn Tám, Giám đốc Trung tâm Chính trị và Trưởng ban Tuyên giáo.")
    # the name's second part after "và" stays ("Trung tâm Xúc tiến và hỗ trợ đầu tư")
    assert _orgs("Dự họp có Trung tâm Xúc tiến và hỗ trợ đầu tư; Văn phòng UBND tỉnh.") >= {
        "Trung tâm Xúc tiến và hỗ trợ đầu tư"}


def test_no_body_begins_inside_a_country_s_name():
    assert _orgs("Các nước Italy, Tây Ban Nha, Thổ Nhĩ Kỳ tham dự diễn đàn.") == set()


def test_a_name_s_own_acronym_in_brackets_inside_it():
    # the body runs on over its own acronym; the written form leaves the bracket out (thirty-sixth round)
    assert _orgs("Ngày 8/4, Hội đồng nhân dân (HĐND) TP. HCM khoá IX đã họp.") == {
        "Hội đồng nhân dân TP. HCM khoá IX"}
    assert _orgs("Tại kỳ họp này, Uỷ ban Kiểm tra (UBKT) Trung ương đã xem xét.") == {
        "Uỷ ban Kiểm tra Trung ương"}
    # at the name's end, the acronym is no part of it
    assert "Hội đồng nhân dân" in _orgs("Ông Lê Văn Tám làm việc tại Hội đồng nhân dân (HĐND). Sau đó ông về hưu.")


def test_a_country_closes_a_name_s_lower_case_words():
    assert _orgs("Ông Lê Văn Tám, chủ tịch hội đồng thành viên Tập đoàn Dầu khí quốc gia Việt Nam giai đoạn "
                 "2006-2011, cho biết.") >= {"Tập đoàn Dầu khí quốc gia Việt Nam"}
    assert "Hội đồng Bộ trưởng nước Cộng hòa Cuba" in _orgs(
        "Chủ tịch Hội đồng Nhà nước và Hội đồng Bộ trưởng nước Cộng hòa Cuba Fidel Castro. Cùng đi có đoàn.")
    # not a country glued to another ("Lào-Việt Nam"), nor Việt Nam before more of the name
    assert _orgs("Công ty cổ phần Cảng Vũng Áng Lào-Việt Nam được thành lập.") == {
        "Công ty cổ phần Cảng Vũng Áng Lào-Việt Nam"}


def test_a_descriptive_name_of_two_lower_case_parts_joined_by_va_is_read_whole():
    """Seven lower-case words with "và" between two parts, ending cleanly at a comma or ";"."""
    assert _orgs("Đại diện Cục Quản lý nhà và thị trường bất động sản, Học viện Cán bộ quản lý xây dựng "
                  "và đô thị; Vụ Pháp chế cùng dự.") == {
        "Cục Quản lý nhà và thị trường bất động sản", "Học viện Cán bộ quản lý xây dựng và đô thị", "Vụ Pháp chế"}


def test_a_proper_name_then_a_long_lower_case_clause_with_va_is_not_read_into_the_name():
    # after a name in capitals ("Rạng Đông") the lower-case words are the sentence's, "và" or not
    assert _orgs("Công ty Rạng Đông xây dựng nhà ở và trường học, theo báo cáo.") == {"Công ty Rạng Đông"}


def test_a_photo_credit_glued_after_a_name_is_no_part_of_it():
    assert _orgs("Bác sĩ Bệnh viện Phổi - Ảnh: T.Nam Chiều qua, đoàn đến thăm.") == {"Bệnh viện Phổi"}
    assert "Ban Ảnh" in _orgs("Phóng viên Ban Ảnh, Báo Tiền Phong đoạt giải.")  # no colon: a department


def test_a_sentence_begun_with_ong_or_ba_and_a_name_after_a_head_without_its_full_stop():
    assert _orgs("Ảnh: Lê Hội Bà Trần Thị Lan, Giám đốc Sở Tư pháp, phát biểu.") == {"Sở Tư pháp"}
    # a place whose name holds "Bà" or "Ông" is still the place
    assert _orgs("UBND phường Hai Bà Trưng và Công an phường Cầu Ông Lãnh phối hợp.") == {
        "UBND phường Hai Bà Trưng", "Công an phường Cầu Ông Lãnh"}


def test_a_descriptive_name_ends_before_va_and_another_capitalised_thing():
    """Where the name cannot be read past "và" + a capital, its lower-case words up to "và" stay in it."""
    assert _orgs("Tỉnh khai trương Trung tâm Phục vụ hành chính công và Tổng đài hỏi đáp tự động dịch vụ "
                 "công mang lại tiện ích.") == {"Trung tâm Phục vụ hành chính công"}
    assert _orgs("Đơn vị thực hiện là Tạp chí Người cao tuổi và Công ty Truyền thông Sao Mai.") == {
        "Tạp chí Người cao tuổi", "Công ty Truyền thông Sao Mai"}


def test_a_family_name_before_an_acronym_is_no_person_inside_a_company_s_name():
    # "Vàng" is also a family name, but a person's name does not go on with an acronym ("VN")
    assert _orgs("Sáng nay, Công ty TNHH Sao Vàng VN đã nộp đủ tiền.") == {"Công ty TNHH Sao Vàng VN"}


def test_a_descriptive_name_ends_at_the_body_written_after_it():
    """Lower-case words of a name, then the body it belongs to ("QH", "Bộ Tài chính"), and not the
    person's name after it. A National Assembly committee takes its own parent into its written name
    (organizations.tsv flag ownparent: "Ủy ban Đối ngoại Quốc hội" as "... của Quốc hội")."""
    assert _orgs("Phó chủ nhiệm Uỷ ban Văn hoá giáo dục thanh thiếu niên QH Lê Văn Khải nói.") == {
        "Uỷ ban Văn hoá giáo dục thanh thiếu niên QH", "QH"}
    assert _orgs("Ông Lê Văn Khải, Vụ trưởng Vụ Quản lý doanh nghiệp Bộ Tài chính, cho biết.") == {
        "Vụ Quản lý doanh nghiệp", "Bộ Tài chính"}
    # not past a word that begins the predicate
    assert "Viện Địa chất thuộc" not in _orgs("Viện Địa chất thuộc Viện Hàn lâm Khoa học công bố.")


def test_a_hospital_s_name_may_hold_a_person_s_but_not_one_introduced_by_ong():
    assert _orgs("Thành phố đầu tư Bệnh viện Ung bướu hiện đại Ông Lê Văn Khải (bìa phải) chúc Tết.") == {
        "Bệnh viện Ung bướu"}


def test_a_field_s_lower_case_words_end_at_the_full_stop():
    """A department's field begun in capitals goes on in lower case up to the sentence's full stop,
    as it does up to a comma; after a proper name or an acronym, lower-case words before the full
    stop are the sentence's predicate; a verb of name_stops.tsv ends the name before it."""
    assert _orgs("Trước đó ông Lê Văn Khải là Vụ trưởng Vụ Kinh tế đối ngoại.") == {"Vụ Kinh tế đối ngoại"}
    assert _orgs("Hồ sơ đã được chuyển sang Phòng Kế hoạch tài chính.") == {"Phòng Kế hoạch tài chính"}
    assert _orgs("Năm ngoái, Báo QĐND đoạt giải ba.") == {"Báo QĐND"}
    assert _orgs("Khu đất cạnh Trung tâm Hội nghị Sao Mai hiện bỏ hoang.") == {"Trung tâm Hội nghị Sao Mai"}
    assert _orgs("Dự thảo đã được gửi, Ủy ban Thường vụ góp ý.") >= {"Ủy ban Thường vụ"}
